use strict; use warnings;
use Test::More tests => 2;
use lib 'lib';
use Shop::Cart;
my $cart = Shop::Cart->new;
ok($cart, 'cart made');
# The other scripts need a full cart: stop here when one cannot be made.
eval { $cart->add('SKU-1', 99, 1); 1 } or BAIL_OUT("cannot fill a cart: $@");
is($cart->total, 99, 'a full line of 99');
