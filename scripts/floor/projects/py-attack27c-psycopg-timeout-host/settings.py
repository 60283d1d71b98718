# Connection settings for the services the CI job provides on the runner's loopback.
# The defect: the database's address is 127.0.0.1; "172.0.0.1" swaps two digits (an address
# nothing on the runner answers, so the connection times out instead of being refused).
DATABASE_URL = "postgresql://app:app@172.0.0.1:5432/app?connect_timeout=2"
CACHE = {"host": "127.0.0.1", "port": 6379}
