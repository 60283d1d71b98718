#define BOOST_TEST_MODULE ledger
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

// The bug: amounts are truncated to cents instead of rounded.
static long total_cents(const std::vector<double>& amounts) {
  double t = 0;
  for (double a : amounts) t += a;
  return static_cast<long>(t * 100);
}

static std::string try_connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  int rc = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  std::string err = rc == 0 ? "" : std::strerror(errno);
  close(fd);
  return err;
}

BOOST_AUTO_TEST_CASE(database_reachable) {
  std::string err = try_connect(5432);
  BOOST_CHECK_MESSAGE(err.empty(), "connect to 127.0.0.1:5432: " << err);
}

BOOST_AUTO_TEST_CASE(totals) {
  BOOST_CHECK_EQUAL(total_cents({19.99, 22.01}), 4200);
  BOOST_CHECK(total_cents({0.29}) == 29);
  BOOST_CHECK_EQUAL(total_cents({0.29, 41.71}), 4200);
}
