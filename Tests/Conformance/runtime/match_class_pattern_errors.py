def t(src):
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)
t("match 1:\n case len(): pass")
t("class P: __match_args__ = ['x']\nmatch P():\n case P(1): pass")
t("class P: __match_args__ = ('x',)\nmatch P():\n case P(1,2): pass")
t("class P: __match_args__ = ('x','y')\nmatch P():\n case P(1,2,3): pass")
t("class P: __match_args__ = (1,)\nmatch P():\n case P(1): pass")
t("class P: pass\nmatch P():\n case P(1): pass")
t("class P: __match_args__ = ('x',)\nmatch P():\n case P(1, x=2): pass")
t("match 1:\n case int(1, 2): pass")
t("k=1\nclass A: k=1\nmatch {1:2}:\n case {1: _, A.k: _}: pass")
