# Reading an attribute that is neither on the instance nor on its class.
class Config:
    debug = False

    def __init__(self):
        self.level = 3


cfg = Config()
print(cfg.debug, cfg.level)
print(cfg.verbose)
