#define BOOST_TEST_MODULE geometry
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <boost/test/tools/floating_point_comparison.hpp>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <iostream>
#include <sys/socket.h>
#include <unistd.h>

// The bug: degrees are passed to sin() as if they were radians.
static double height(double hyp, double deg) { return hyp * std::sin(deg); }

struct CacheFixture {
  bool cached = false;
  CacheFixture() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(6379);
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
      std::cerr << "redis 127.0.0.1:6379: " << std::strerror(errno) << ", running uncached" << std::endl;
    else
      cached = true;
    close(fd);
  }
};

BOOST_FIXTURE_TEST_SUITE(triangles, CacheFixture)

BOOST_AUTO_TEST_CASE(height_of_30_degrees) {
  BOOST_CHECK_CLOSE(height(2.0, 30.0), 1.0, 0.001);
}

BOOST_AUTO_TEST_CASE(height_of_0_degrees) {
  BOOST_CHECK_SMALL(height(2.0, 0.0), 1e-9);
}

BOOST_AUTO_TEST_SUITE_END()
