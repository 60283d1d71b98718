export class ReportClient {
  constructor ({ currency }) { this.currency = currency }
  format (n) { return `${n.toFixed(2)} ${this.currency}` }
  async close () {}
}
