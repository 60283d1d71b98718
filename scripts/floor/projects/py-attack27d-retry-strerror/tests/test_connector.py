import socket
import unittest

from feed.connector import connect_with_retry


def free_port():
    """A loopback port nothing listens on: a server is opened on it and closed again."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        return server.getsockname()[1]


class ConnectorTest(unittest.TestCase):
    def test_connects_at_once_when_the_server_listens(self):
        with socket.create_server(("127.0.0.1", 0)) as server:
            conn = connect_with_retry("127.0.0.1", server.getsockname()[1], pause=lambda a: self.fail("no pause expected"))
            conn.close()

    def test_tries_again_after_a_refusal_up_to_its_attempts(self):
        port = free_port()
        pauses = []
        servers = []
        self.addCleanup(lambda: [s.close() for s in servers])

        def pause(attempt):
            # The server starts listening after the second refusal: the third attempt connects.
            pauses.append(attempt)
            if attempt == 2:
                servers.append(socket.create_server(("127.0.0.1", port)))

        conn = connect_with_retry("127.0.0.1", port, attempts=3, pause=pause)
        conn.close()
        self.assertEqual(pauses, [1, 2])


if __name__ == "__main__":
    unittest.main()
