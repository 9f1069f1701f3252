import math
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.fabs(2))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.frexp(0.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.nextafter(1.0, 2.0) > 1.0)
print(math.ulp(1.0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), round(math.erf(1), 12))
print(math.floor(-0.0), math.copysign(1, math.floor(-0.5)))
