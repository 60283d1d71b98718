use strict;
use warnings;
use lib 'lib';
use Test::More tests => 2;
use Shop::Order;

my $order = Shop::Order->new->add('MUG', 4, 25);
is($order->subtotal, 100, 'subtotal adds every line');
is($order->total, 90, 'an order of exactly 100.00 gets 10% off');
