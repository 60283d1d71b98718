package cart_test

import (
	"github.com/acme/cart"

	. "github.com/onsi/ginkgo"
	. "github.com/onsi/gomega"
)

var _ = Describe("Total", func() {
	It("adds up small baskets at full price", func() {
		Expect(cart.Total([]float64{20, 30})).To(Equal(50.0))
	})

	It("gives 10% off from 100 up", func() {
		Expect(cart.Total([]float64{60, 40})).To(Equal(90.0))
	})
})
