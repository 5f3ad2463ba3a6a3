// A real SMTP server for the journeys: keeps every message it receives and lists them over HTTP,
// so that a journey reads its verification or invitation mail the way a person would.
import { createServer } from 'node:http'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

export async function startMailSink(smtpPort, apiPort) {
  const messages = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject,
            text: mail.text,
            html: mail.html || '',
            headers: Object.fromEntries([...mail.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
          })
          callback()
        })
        .catch(callback)
    },
  })
  const api = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost')
    const to = url.searchParams.get('to')?.toLowerCase()
    const found = to ? messages.filter((m) => m.to.includes(to)) : messages
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(found))
  })
  await new Promise((done) => smtp.listen(smtpPort, '127.0.0.1', done))
  await new Promise((done) => api.listen(apiPort, '127.0.0.1', done))
  return {
    async close() {
      await new Promise((done) => smtp.close(done))
      await new Promise((done) => api.close(done))
    },
  }
}
