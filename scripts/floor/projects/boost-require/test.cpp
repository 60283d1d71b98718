#define BOOST_TEST_MODULE parser
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

// Splits "k=v;k=v". (The bug: the last pair is dropped.)
static std::vector<std::string> pairs(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0, pos;
  while ((pos = s.find(';', start)) != std::string::npos) {
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
  return out;
}

BOOST_AUTO_TEST_CASE(mysql_schema) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(3306);
  inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  int rc = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  int e = errno;
  close(fd);
  BOOST_REQUIRE_MESSAGE(rc == 0, "mysql at 127.0.0.1:3306: " << std::strerror(e));
}

BOOST_AUTO_TEST_CASE(splits_pairs) {
  auto p = pairs("a=1;b=2;c=3");
  BOOST_REQUIRE_EQUAL(p.size(), 3u);
  BOOST_CHECK_EQUAL(p[2], "c=3");
}
