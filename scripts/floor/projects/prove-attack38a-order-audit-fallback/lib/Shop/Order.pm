package Shop::Order;
# An order whose changes are written to an audit table in PostgreSQL when the database is there;
# auditing is best effort: without the database the order works the same and says so once.
use strict;
use warnings;
use DBI;

sub new {
    my ($class, %args) = @_;
    my $dsn = $args{dsn} // 'dbi:Pg:dbname=postgres;host=127.0.0.1;port=5432';
    my $dbh = DBI->connect($dsn, 'postgres', '', { RaiseError => 0, PrintError => 0, AutoCommit => 1 });
    warn "order audit disabled: $DBI::errstr\n" unless $dbh;
    return bless { dbh => $dbh, lines => [] }, $class;
}

sub add {
    my ($self, $sku, $qty, $price) = @_;
    push @{ $self->{lines} }, { sku => $sku, qty => $qty, price => $price };
    $self->audit("add $sku x$qty");
    return $self;
}

sub subtotal {
    my ($self) = @_;
    my $sum = 0;
    $sum += $_->{qty} * $_->{price} for @{ $self->{lines} };
    return $sum;
}

# Orders of 100.00 or more get 10% off.
sub total {
    my ($self) = @_;
    my $subtotal = $self->subtotal;
    return $subtotal > 100 ? $subtotal * 0.9 : $subtotal;
}

sub audit {
    my ($self, $what) = @_;
    return unless $self->{dbh};
    $self->{dbh}->do('CREATE TABLE IF NOT EXISTS order_audit (at timestamptz DEFAULT now(), what text)');
    $self->{dbh}->do('INSERT INTO order_audit (what) VALUES (?)', undef, $what);
}

1;
