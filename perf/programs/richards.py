# A class-heavy scheduler: an idle task, a worker, two handlers and two devices pass packets
# through a priority-ordered task list. Tasks and packets are small class hierarchies with
# overridden methods and super() calls. Prints the scheduler's counters.
import sys

DEFAULT_N = 150000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, sender):
        self.link = None
        self.sender = sender
        self.datum = 0

    def describe(self):
        return "packet"


class WorkPacket(Packet):
    def __init__(self, sender):
        super().__init__(sender)
        self.data = [0, 0, 0, 0]
        self.index = 0

    def describe(self):
        return "work"


class DevicePacket(Packet):
    def describe(self):
        return "device"


def append_packet(queue, packet):
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.next = None
        self.queue = None
        self.waiting = False
        self.held = False

    def is_blocked(self):
        return self.held or (self.waiting and self.queue is None)

    def take_packet(self):
        if not self.waiting or self.queue is None:
            return None
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet):
        self.queue = append_packet(self.queue, packet)

    def run(self, scheduler, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, ident, priority, count):
        super().__init__(ident, priority)
        self.count = count
        self.seed = 1

    def run(self, scheduler, packet):
        self.count -= 1
        if self.count == 0:
            return scheduler.hold_current()
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        if self.seed & 0x100:
            return scheduler.release(DEVICE_A)
        return scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, scheduler, packet):
        if packet is None:
            return scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.index = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return scheduler.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority)
        self.work = None
        self.devices = None

    def receive(self, packet):
        if isinstance(packet, WorkPacket):
            self.work = append_packet(self.work, packet)
        else:
            self.devices = append_packet(self.devices, packet)
        self.queue = self.work if self.work is not None and self.devices is not None else None

    def run(self, scheduler, packet):
        work = self.work
        if work is None or self.devices is None:
            return scheduler.wait_current()
        if work.index == 4:
            self.work = work.link
            self.queue = self.work if self.work is not None and self.devices is not None else None
            return scheduler.send(work, WORKER)
        device = self.devices
        self.devices = device.link
        self.queue = self.work if self.work is not None and self.devices is not None else None
        device.datum = work.data[work.index]
        work.index += 1
        return scheduler.send(device, device.sender)

    def take_packet(self):
        self.waiting = False
        return None


class DeviceTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority)
        self.pending = None
        self.handled = 0

    def run(self, scheduler, packet):
        if packet is None:
            if self.pending is None:
                return scheduler.wait_current()
            packet = self.pending
            self.pending = None
            return scheduler.send(packet, packet.sender)
        self.pending = packet
        self.handled += 1
        scheduler.checksum = (scheduler.checksum * 31 + packet.datum) % 1000003
        return scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.first = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.checksum = 0

    def add(self, task):
        self.tasks[task.ident] = task
        ordered = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for higher, lower in zip(ordered, ordered[1:]):
            higher.next = lower
        ordered[-1].next = None
        self.first = ordered[0]
        return task

    def run(self):
        task = self.first
        while task is not None:
            if task.is_blocked():
                task = task.next
                continue
            self.current = task
            task = task.run(self, task.take_packet())

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet, ident):
        self.sends += 1
        task = self.tasks[ident]
        packet.sender = self.current.ident
        task.receive(packet)
        return task if task.priority > self.current.priority else self.current


def build(count):
    scheduler = Scheduler()
    scheduler.add(IdleTask(IDLE, 0, count))
    worker = scheduler.add(WorkerTask(WORKER, 1000))
    for _ in range(2):
        worker.receive(WorkPacket(WORKER))
    worker.waiting = True
    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        handler = scheduler.add(HandlerTask(ident, priority))
        for _ in range(3):
            handler.receive(DevicePacket(device))
    scheduler.add(DeviceTask(DEVICE_A, 4000)).waiting = True
    scheduler.add(DeviceTask(DEVICE_B, 5000)).waiting = True
    return scheduler


def main(n):
    scheduler = build(n)
    scheduler.run()
    devices = [scheduler.tasks[d] for d in (DEVICE_A, DEVICE_B)]
    kinds = sorted({p.describe() for p in (WorkPacket(0), DevicePacket(0), Packet(0))})
    return "\n".join([
        f"sends={scheduler.sends} holds={scheduler.holds} checksum={scheduler.checksum}",
        f"device A handled {devices[0].handled}, device B handled {devices[1].handled}",
        f"packet kinds: {', '.join(kinds)}",
    ])


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
