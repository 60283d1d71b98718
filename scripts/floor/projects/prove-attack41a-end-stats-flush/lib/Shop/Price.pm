package Shop::Price;
use strict; use warnings;
use Shop::Cache;

# Cents per unit in each currency, from a price in euro cents.
my %RATE = (EUR => 1, USD => 1.08, GBP => 0.85, CHF => 0.94);

sub new { my ($class) = @_; return bless { cache => Shop::Cache->new }, $class }

sub convert {
    my ($self, $cents, $currency) = @_;
    my $rate = $RATE{ lc $currency } or die "Unknown currency $currency\n";
    my $key = "price:$cents:$currency";
    my $hit = $self->{cache}->get($key);
    return $hit if defined $hit;
    return $self->{cache}->set($key, int($cents * $rate + 0.5));
}
1;
