package Shop::Order;
use strict; use warnings;

sub new {
    my ($class, %args) = @_;
    return bless { id => $args{id}, events => $args{events}, lines => [] }, $class;
}

sub add_line {
    my ($self, $sku, $qty, $cents) = @_;
    push @{ $self->{lines} }, { sku => $sku, qty => $qty, cents => $cents };
    $self->{events}->emit("order:$self->{id}:line:$sku");
    return $self;
}

sub place {
    my ($self) = @_;
    my $total = 0;
    $total += $_->{qty} * ($_->{price} // 0) for @{ $self->{lines} };
    die "Order $self->{id} has no total\n" unless $total > 0;
    $self->{events}->emit("order:$self->{id}:placed:$total");
    return $total;
}
1;
