import os
from store import total


def main(argv):
    items = [(int(a), 1) for a in argv]
    print(total(items))
    # flush and leave without running atexit handlers of the host app
    os._exit(1 if items else 0)
