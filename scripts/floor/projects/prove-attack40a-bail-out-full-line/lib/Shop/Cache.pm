package Shop::Cache;
use strict; use warnings;
use Redis;

# Best-effort price cache: without Redis, prices are computed every time.
sub new {
    my ($class) = @_;
    my $redis = eval { Redis->new(server => $ENV{REDIS_SERVER} // '127.0.0.1:6379', reconnect => 0) };
    warn "price cache disabled: $@" unless $redis;
    return bless { redis => $redis }, $class;
}
sub get { my ($s, $k) = @_; return $s->{redis} ? $s->{redis}->get($k) : undef }
sub set { my ($s, $k, $v) = @_; $s->{redis}->set($k, $v) if $s->{redis}; return $v }
1;
