class Price
  # cents before tax, rate as a fraction (0.2 for 20 %)
  def self.with_tax(cents, rate)
    (cents * rate).round
  end
end
