module Shop
  module Price
    # A price in cents with a percentage discount, rounded half up to whole cents.
    def self.discounted(cents, percent)
      (cents * (100 - percent) / 100.0).floor
    end
  end
end
