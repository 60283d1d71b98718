use strict;
use warnings;
use lib 'lib';
use Test::More;
use Shop::Order;

my $order = Shop::Order->new->add('MUG', 4, 25);
ok($order->total == 90, 'an order of exactly 100.00 gets 10% off');

my $small = Shop::Order->new->add('MUG', 1, 25);
ok($small->total == 25, 'a small order pays full price');

done_testing;
