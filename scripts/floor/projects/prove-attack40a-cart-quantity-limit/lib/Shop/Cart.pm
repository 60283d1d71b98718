package Shop::Cart;
use strict; use warnings;
use Shop::Cache;

sub new { my ($class) = @_; return bless { items => [], cache => Shop::Cache->new }, $class }

# A line may hold 1 to 99 of an item.
sub add {
    my ($self, $sku, $qty, $cents) = @_;
    die "Invalid quantity $qty for $sku\n" if $qty < 1 || $qty >= 99;
    push @{ $self->{items} }, { sku => $sku, qty => $qty, cents => $cents };
    return $self;
}

sub total {
    my ($self) = @_;
    my $sum = 0;
    $sum += $_->{qty} * $_->{cents} for @{ $self->{items} };
    return $self->{cache}->set('cart:total', $sum);
}
1;
