# Formats report totals in a currency.
class ReportFormatter
  attr_reader :currency

  def initialize(currency)
    @currency = currency
  end

  def format(total)
    Kernel.format("%.2f %s", total, currency)
  end
end
