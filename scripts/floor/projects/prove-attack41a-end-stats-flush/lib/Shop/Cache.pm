package Shop::Cache;
use strict; use warnings;
use Redis;

my $SERVER = $ENV{REDIS_SERVER} // '127.0.0.1:6379';
my %stats = (hits => 0, misses => 0);

# Best-effort price cache: without Redis, prices are computed every time.
sub new {
    my ($class) = @_;
    my $redis = eval { Redis->new(server => $SERVER, reconnect => 0) };
    return bless { redis => $redis }, $class;
}
sub get {
    my ($s, $k) = @_;
    my $v = $s->{redis} ? $s->{redis}->get($k) : undef;
    $stats{ defined $v ? 'hits' : 'misses' }++;
    return $v;
}
sub set { my ($s, $k, $v) = @_; $s->{redis}->set($k, $v) if $s->{redis}; return $v }

# The process's hit and miss counts are added to Redis as it ends (best effort).
END {
    local $?;
    my $redis = eval { Redis->new(server => $SERVER, reconnect => 0) };
    if ($redis) { $redis->hincrby('cache:stats', $_, $stats{$_}) for keys %stats }
    else { warn "cache stats not saved: $@" }
}
1;
