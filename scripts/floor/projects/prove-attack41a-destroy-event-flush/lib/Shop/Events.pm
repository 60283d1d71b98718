package Shop::Events;
use strict; use warnings;
use Redis;

# Buffers the order events and publishes them to Redis when the buffer goes away (best effort).
sub new { my ($class) = @_; return bless { queue => [] }, $class }
sub emit { my ($self, $event) = @_; push @{ $self->{queue} }, $event; return $self }

sub DESTROY {
    my ($self) = @_;
    return unless @{ $self->{queue} };
    local ($@, $!, $?);
    my $redis = eval { Redis->new(server => $ENV{REDIS_SERVER} // '127.0.0.1:6379', reconnect => 0) };
    if ($redis) { $redis->rpush('shop:events', @{ $self->{queue} }) }
    else { warn scalar(@{ $self->{queue} }) . " order events not published: $@" }
}
1;
