def connect(host, *, port, timeout, port):
    pass
