use strict; use warnings;
use Test::More tests => 3;
use lib 'lib';
use Shop::Cart;

my $cart = Shop::Cart->new;
ok($cart, 'a cart is made');
$cart->add('SKU-1', 2, 500);
is($cart->total, 1000, 'two items');
$cart->add('SKU-2', 99, 100);
is($cart->total, 10900, 'the largest quantity is allowed');
