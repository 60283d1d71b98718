use strict;
use warnings;
use lib 'lib';
use Test::More;
use Shop::Catalog;

my $catalog = Shop::Catalog->new;

ok($catalog->slugify('Mug') eq 'mug', 'one word is lowercased');
ok($catalog->slugify('Hello Big World') eq 'hello-big-world', 'every space becomes a dash');
like($catalog->slug_for('Tea  Cup Set'), qr/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug is url-safe');

done_testing;
