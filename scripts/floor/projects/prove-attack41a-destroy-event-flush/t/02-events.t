use strict; use warnings;
use Test::More tests => 1;
use lib 'lib';
use Shop::Events;

my $events = Shop::Events->new;
is(scalar @{ $events->{queue} }, 0, 'nothing queued yet');
