class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        reply = yield self.tag
        return reply

async def ask(question):
    answer = await Pause(question)
    if answer is None:
        raise LookupError(f"no answer for {question}")
    return answer

async def interview():
    name = await ask("name?")
    try:
        age = await ask("age?")
    except LookupError as e:
        age = f"unknown ({e})"
    color = await ask("color?")
    return {"name": name, "age": age, "color": color}

replies = {"name?": "Ada", "age?": None, "color?": "green"}
coro = interview()
reply = None
while True:
    try:
        question = coro.send(reply)
    except StopIteration as e:
        print("result:", e.value)
        break
    reply = replies[question]
    print("asked", question, "-> replying", reply)

# exception chaining inside coroutines
async def failing():
    try:
        await ask("x")
    except LookupError as e:
        raise RuntimeError("wrapped") from e

c = failing()
c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))

# StopIteration raised inside a coroutine becomes RuntimeError
async def leaks_stop():
    raise StopIteration("leak")
try:
    leaks_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
