# covers: lang.func.attributes, lang.class.basic, lang.stmt.from_import
# Under `from __future__ import annotations` nothing is evaluated: annotations are kept as
# the text ast.unparse gives, so forward references need no quotes.
from __future__ import annotations


class Node:
    value: int
    next: Optional["Node"] = None
    children: list[Node]
    meta: dict[str, tuple[int, ...]]
    either: int | None
    empty: tuple[()]

    def link(self, other: Node, *rest: Node, **opts: 'x') -> Node | None:
        return None


print(Node.__annotations__)
print(Node.link.__annotations__)
x: NotDefinedAnywhere = 1
print(__annotations__, x)
