# A constraint solver with objects and dicts: an incremental one-way dataflow planner in the
# style of DeltaBlue (constraints with strengths choose a method; adding a constraint may
# override a weaker one). Builds long equality chains and scale/offset projections, edits
# their inputs and checks the propagated values. Prints the checks and a few statistics.
import sys

DEFAULT_N = 4000

STRENGTH_NAMES = ["required", "strong preferred", "preferred", "strong default",
                  "normal", "weak default", "weakest"]
STRENGTH = {name: level for level, name in enumerate(STRENGTH_NAMES)}
REQUIRED = STRENGTH["required"]
WEAKEST = STRENGTH["weakest"]

NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = STRENGTH[strength]

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength < self.var.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, source, target, strength):
        super().__init__(planner, strength)
        self.source = source
        self.target = target
        self.direction = NONE

    def variables(self):
        return [self.source, self.target]

    def add_to_graph(self):
        for v in self.variables():
            v.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        src, dst = self.source, self.target
        if src.mark == mark:
            ok = dst.mark != mark and self.strength < dst.walk_strength
            self.direction = FORWARD if ok else NONE
        elif dst.mark == mark:
            ok = src.mark != mark and self.strength < src.walk_strength
            self.direction = BACKWARD if ok else NONE
        elif src.walk_strength > dst.walk_strength:
            self.direction = BACKWARD if self.strength < src.walk_strength else NONE
        else:
            self.direction = FORWARD if self.strength < dst.walk_strength else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.source if self.direction == FORWARD else self.target

    def output(self):
        return self.target if self.direction == FORWARD else self.source

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = max(self.strength, i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, source, target, strength):
        super().__init__(planner, source, target, strength)
        self.add()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner, source, scale, offset, target, strength):
        super().__init__(planner, source, target, strength)
        self.scale = scale
        self.offset = offset
        self.add()

    def variables(self):
        return [self.source, self.target, self.scale, self.offset]

    def execute(self):
        if self.direction == FORWARD:
            self.target.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.target.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = max(self.strength, i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.variables = {}

    def variable(self, name, value=0):
        var = Variable(name, value)
        self.variables[name] = var
        return var

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            d.recalculate()
            self.add_constraints_consuming(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        unsatisfied = []
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming(self, var, todo):
        for c in var.constraints:
            if c is not var.determined_by and c.is_satisfied():
                todo.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming(out, todo)
        return plan

    def plan_for_edits(self, edits):
        return self.make_plan([e for e in edits if e.is_input() and e.is_satisfied()])


def run_plan(plan):
    for c in plan:
        c.execute()


def change(planner, var, value):
    edit = EditConstraint(planner, var, "preferred")
    plan = planner.plan_for_edits([edit])
    for _ in range(10):
        var.value = value
        run_plan(plan)
    planner.incremental_remove(edit)


def chain_test(n):
    planner = Planner()
    prev = None
    for i in range(n + 1):
        var = planner.variable(f"v{i}")
        if prev is not None:
            EqualityConstraint(planner, prev, var, "required")
        prev = var
    first, last = planner.variables["v0"], planner.variables[f"v{n}"]
    StayConstraint(planner, last, "strong default")
    edit = EditConstraint(planner, first, "preferred")
    plan = planner.plan_for_edits([edit])
    failures = 0
    for i in range(100):
        first.value = i
        run_plan(plan)
        if last.value != i:
            failures += 1
    return f"chain {n}: plan of {len(plan)} steps, last = {last.value}, failures = {failures}"


def projection_test(n):
    planner = Planner()
    scale = planner.variable("scale", 10)
    offset = planner.variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = planner.variable(f"src{i}", i)
        dst = planner.variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, "normal")
        ScaleConstraint(planner, src, scale, offset, dst, "required")
    change(planner, src, 17)
    first = dst.value
    change(planner, dst, 1050)
    second = src.value
    change(planner, scale, 5)
    scaled = sum(d.value for d in dests[:n - 1])
    change(planner, offset, 2000)
    shifted = sum(d.value for d in dests[:n - 1])
    return (f"projection {n}: dst = {first}, src = {second}, "
            f"sum after scale = {scaled}, sum after offset = {shifted}")


def main(n):
    lines = []
    for _ in range(4):
        lines.append(chain_test(n))
        lines.append(projection_test(n))
    counts = {}
    for line in lines:
        kind = line.split()[0]
        counts[kind] = counts.get(kind, 0) + 1
    lines.append(", ".join(f"{kind} x{count}" for kind, count in sorted(counts.items())))
    return "\n".join(lines[:2] + lines[-1:])


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
