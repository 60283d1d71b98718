use strict; use warnings;
use Test::More tests => 3;
use lib 'lib';
use Shop::Price;

my $price = Shop::Price->new;
ok($price, 'a price converter is made');
is($price->convert(1000, 'EUR'), 1000, 'euro stays euro');
is($price->convert(1000, 'USD'), 1080, 'euro to dollar');
