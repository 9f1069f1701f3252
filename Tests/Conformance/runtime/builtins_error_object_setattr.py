marker = object()
print(type(marker).__name__, getattr(marker, "label", "no label"))
marker.label = "sentinel"
