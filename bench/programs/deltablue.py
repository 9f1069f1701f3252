# An incremental constraint solver in the DeltaBlue style: variables linked
# by constraints of different strengths; adding or removing a constraint
# re-plans only the part of the graph it touches, and a plan (an ordered
# list of constraints) re-evaluates the variables when an input changes.
# Object-heavy: many small objects, virtual methods, list walking.


class Strength:
    def __init__(self, level, name):
        self.level = level          # 0 is the strongest
        self.name = name

    def stronger_than(self, other):
        return self.level < other.level

    def weaker_than(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.level > other.level else other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]


STRENGTHS = [Strength(i, n) for i, n in enumerate(
    ["required", "strong preferred", "preferred", "strong default",
     "normal", "weak default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints = [d for d in self.constraints if d is not c]
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark, planner):
        """Picks a way to satisfy this constraint; returns the constraint
        it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.propagate_from(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, var, strength, planner):
        Constraint.__init__(self, strength)
        self.var = var
        self.satisfied = False
        self.add(planner)

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its value unless something stronger moves it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable that the program is about to change."""

    def is_input(self):
        return True


NONE = 0
FORWARD = 1
BACKWARD = 2


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength, planner):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.add(planner)

    def choose_method(self, mark):
        a = self.a
        b = self.b
        s = self.strength
        if a.mark == mark:
            if b.mark != mark and s.stronger_than(b.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif b.mark == mark:
            if a.mark != mark and s.stronger_than(a.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else NONE

    def add_to_graph(self):
        self.a.attach(self)
        self.b.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.a.detach(self)
        self.b.detach(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        i = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, either way round."""

    def __init__(self, a, scale, offset, b, strength, planner):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, a, b, strength, planner)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            if strength is WEAKEST:
                break
            strength = strength.next_weaker()

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)

    def propagate_from(self, c, mark):
        """Recomputes what `c` now determines; False if that meets a cycle."""
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)


def chain_test(n):
    """A chain v0 = v1 = ... = vn; editing v0 must move vn."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(variables[i], variables[i + 1], REQUIRED, planner)
    first = variables[0]
    last = variables[n]
    StayConstraint(last, STRONG_DEFAULT, planner)
    edit = EditConstraint(first, PREFERRED, planner)
    plan = planner.plan_for([edit])
    errors = 0
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            errors += 1
        total += last.value
    edit.destroy(planner)
    return errors, total, len(plan.steps)


def change(planner, var, value):
    edit = EditConstraint(var, PREFERRED, planner)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy(planner)


def projection_test(n):
    """n pairs dst = src * scale + offset sharing one scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = None
    dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    errors = 0
    change(planner, src, 17)
    if dst.value != 1170:
        errors += 1
    change(planner, dst, 1050)
    if src.value != 5:
        errors += 1
    change(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            errors += 1
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            errors += 1
    return errors, sum(d.value for d in dests)


def main():
    results = []
    for _ in range(76):
        results.append(chain_test(400))
        results.append(projection_test(400))
    first_chain = results[0]
    first_projection = results[1]
    same = all(r == first_chain for r in results[0::2]) and \
        all(r == first_projection for r in results[1::2])
    print("deltablue checksum", same, first_chain, first_projection)


main()
