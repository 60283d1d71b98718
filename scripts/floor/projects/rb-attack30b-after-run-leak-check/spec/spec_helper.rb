require 'cart'

RSpec.configure do |config|
  # Leak check: every cart an example opens must be closed by the end of the run.
  config.after(:suite) do
    unless Cart.open_carts.empty?
      warn "leak check: #{Cart.open_carts.size} cart(s) never closed"
      exit 1
    end
  end
end
