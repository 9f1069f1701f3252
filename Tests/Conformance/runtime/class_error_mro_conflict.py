# A class whose bases cannot be linearized consistently is rejected.
class A: pass
class B(A): pass
class C(A, B): pass
