require 'minitest/autorun'
require 'cart'

# Leak check: every cart a test opens must be closed by the end of the run.
Minitest.after_run do
  unless Cart.open_carts.empty?
    warn "leak check: #{Cart.open_carts.size} cart(s) never closed"
    exit 1
  end
end
