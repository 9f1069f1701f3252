nums = [4, 8, 15]
print(f"{sum(nums)} {max(nums)} {[n * 2 for n in nums]}")
print(f"{'even' if len(nums) % 2 == 0 else 'odd'}")
print(f"{(lambda v: v * 3)(5)}")
print(f"{nums!r:>20}")
key = "a"
print(f"{ {'a': 1}[key] }")
print(f"{3:{'>'}{5}}|")
print(f"""multi
{nums[0]}
line""")
