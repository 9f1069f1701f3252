import sys
sys.__debug__ = True
