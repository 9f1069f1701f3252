settings = {
    "width": 10,
    "height": 20,
}
area = (settings["width"]
        * settings["depth"])
