use strict; use warnings;
use Test::More tests => 3;
use lib 'lib';
use Shop::Events;
use Shop::Order;

my $events = Shop::Events->new;
my $order = Shop::Order->new(id => 7, events => $events);
ok($order, 'an order is made');
$order->add_line('SKU-1', 2, 500);
is(scalar @{ $order->{lines} }, 1, 'one line');
is($order->place, 1000, 'placing it gives its total');
