package order

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

type OrderSuite struct {
	suite.Suite
	store *Store
}

func (s *OrderSuite) SetupSuite() {
	s.store = Open()
}

func (s *OrderSuite) TestAcceptsOrder() {
	s.NoError(s.store.Validate([]Line{{"apple", 2}, {"pear", 1}}))
}

func (s *OrderSuite) TestRejectsEmpty() {
	s.Error(s.store.Validate(nil))
}

func (s *OrderSuite) TestRejectsZeroQuantity() {
	err := s.store.Validate([]Line{{"apple", 2}, {"pear", 0}})
	s.Require().Error(err)
	s.ErrorIs(err, ErrQuantity)
}

func TestOrderSuite(t *testing.T) {
	suite.Run(t, new(OrderSuite))
}

func TestRejectsZeroQuantityPlain(t *testing.T) {
	err := Open().Validate([]Line{{"plum", 0}})
	require.Error(t, err, "a zero quantity must be refused")
}
