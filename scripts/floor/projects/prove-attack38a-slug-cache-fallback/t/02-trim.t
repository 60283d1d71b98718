use strict;
use warnings;
use lib 'lib';
use Test::More;
use Shop::Catalog;

my $catalog = Shop::Catalog->new;
is($catalog->slugify('  Mug  '), 'mug', 'surrounding spaces are trimmed');
is($catalog->slugify('Mug!'), 'mug', 'punctuation is dropped');

done_testing;
