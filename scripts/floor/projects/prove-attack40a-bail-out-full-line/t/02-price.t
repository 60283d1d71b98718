use strict; use warnings;
use Test::More tests => 2;
use lib 'lib';
use Shop::Cart;

my $cart = Shop::Cart->new;
is($cart->add('SKU-9', 1, 250)->total, 250, 'one item');
is($cart->add('SKU-8', 3, 100)->total, 550, 'two lines');
