use strict; use warnings;
use Test::More tests => 1;
use lib 'lib';
use Shop::Cache;

my $cache = Shop::Cache->new;
is($cache->set('k', 5), 5, 'set returns the value');
