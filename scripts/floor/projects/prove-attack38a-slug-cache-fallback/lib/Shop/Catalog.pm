package Shop::Catalog;
# A product catalog whose slug lookups are cached in Redis when Redis is there; without it the
# catalog works the same from an in-memory hash (the cache is an optimisation, never required).
use strict;
use warnings;
use Redis;

sub new {
    my ($class, %args) = @_;
    my $server = $args{redis} // '127.0.0.1:6379';
    my $redis = eval { Redis->new(server => $server, reconnect => 0) };
    warn "slug cache unavailable, using memory: $@" unless $redis;
    return bless { redis => $redis, memory => {} }, $class;
}

# "Hello Big World" -> "hello-big-world"
sub slugify {
    my ($self, $title) = @_;
    my $slug = lc $title;
    $slug =~ s/^\s+|\s+$//g;
    $slug =~ s/\s+/-/;
    $slug =~ s/[^a-z0-9-]//g;
    return $slug;
}

sub slug_for {
    my ($self, $title) = @_;
    return $self->{memory}{$title} //= $self->slugify($title) unless $self->{redis};
    my $key = "slug:$title";
    my $slug = $self->{redis}->get($key);
    return $slug if defined $slug;
    $slug = $self->slugify($title);
    $self->{redis}->set($key, $slug);
    return $slug;
}

1;
