package cart

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

type CartSuite struct {
	suite.Suite
	cart *Cart
}

func (s *CartSuite) SetupTest() {
	s.cart = New()
	s.cart.Add("apple", 2, 50)
	s.cart.Add("pear", 1, 80)
	s.cart.Add("plum", 3, 20)
}

func (s *CartSuite) TestTotal() {
	s.Equal(240, s.cart.Total())
}

func (s *CartSuite) TestRemoveLen() {
	s.cart.Remove("pear")
	s.Len(s.cart.Items, 2)
}

func (s *CartSuite) TestRemoveElements() {
	s.cart.Remove("pear")
	s.ElementsMatch([]string{"apple", "plum"}, s.cart.SKUs())
}

func (s *CartSuite) TestRemoveNotContains() {
	s.cart.Remove("pear")
	s.NotContains(s.cart.SKUs(), "pear")
}

func (s *CartSuite) TestRemoveRequireLen() {
	s.cart.Remove("pear")
	s.Require().Len(s.cart.SKUs(), 2)
}

func TestCartSuite(t *testing.T) {
	suite.Run(t, new(CartSuite))
}

func TestRemovePlain(t *testing.T) {
	c := New()
	c.Add("apple", 2, 50)
	c.Add("pear", 1, 80)
	c.Remove("pear")
	require.NotContains(t, c.SKUs(), "pear")
	assert.Equal(t, 100, c.Total())
}
