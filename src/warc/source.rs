//! The bytes under the record reader: a plain file, or a gzip file read one
//! member at a time.
//!
//! A source is read in *segments*: a plain file is one segment, a gzip file
//! one segment per member. [`Source::fill`] returns an empty slice at the end
//! of a segment and [`Source::next_segment`] moves on, so a record can never
//! run on from one gzip member into the next (Common Crawl and the WARC
//! standard compress each record as its own member). A member that does not
//! decompress (truncated, corrupt, bad checksum) is reported with the byte
//! offset where it starts, and reading resumes at the next gzip header after
//! that offset; bytes between members that are not gzip are skipped the same
//! way.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

use flate2::bufread::GzDecoder;

/// The two bytes every gzip member opens with.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A buffered reader that counts the bytes consumed.
pub struct Counting<R> {
    inner: BufReader<R>,
    pos: u64,
}

impl<R: Read + Seek> Counting<R> {
    fn new(inner: R) -> Self {
        Counting {
            inner: BufReader::with_capacity(1 << 16, inner),
            pos: 0,
        }
    }

    fn seek_to(&mut self, pos: u64) -> io::Result<()> {
        self.inner.seek(SeekFrom::Start(pos))?;
        self.pos = pos;
        Ok(())
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}

/// What went wrong in the source, and the file offset it concerns.
#[derive(Debug)]
pub struct SourceError {
    /// File offset: the start of the gzip member, or of the garbage.
    pub offset: u64,
    /// What happened.
    pub kind: SourceErrorKind,
}

/// The kinds of [`SourceError`].
#[derive(Debug)]
pub enum SourceErrorKind {
    /// Reading the file failed.
    Io(io::Error),
    /// A gzip member did not decompress.
    Gzip(io::Error),
    /// This many bytes between gzip members were not gzip.
    Garbage(u64),
}

enum Gz<R> {
    /// Between members.
    Between(Counting<R>),
    /// Inside the member that starts at the given offset.
    In(Box<GzDecoder<Counting<R>>>, u64),
    /// Only while switching states.
    Taken,
}

/// A plain or gzip input, read segment by segment.
pub struct Source<R> {
    kind: Kind<R>,
    /// Decompressed bytes of the current member not yet handed out.
    buf: Vec<u8>,
    at: usize,
    /// Bytes consumed in the current segment.
    consumed: u64,
    /// A member failed: the bytes up to the next one are not reported again.
    resync: bool,
}

enum Kind<R> {
    Plain(Counting<R>),
    Gzip(Gz<R>),
}

impl<R: Read + Seek> Source<R> {
    /// A source over `inner`; gzip when its first two bytes say so.
    pub fn new(inner: R) -> io::Result<Self> {
        let mut c = Counting::new(inner);
        let gzip = c.fill_buf()?.starts_with(&GZIP_MAGIC);
        let kind = if gzip {
            Kind::Gzip(Gz::Between(c))
        } else {
            Kind::Plain(c)
        };
        let mut s = Source {
            kind,
            buf: Vec::new(),
            at: 0,
            consumed: 0,
            resync: false,
        };
        if gzip {
            // The file opens with a member: nothing to report.
            let _ = s.next_segment();
        }
        Ok(s)
    }

    /// Whether the input is gzip.
    pub fn is_gzip(&self) -> bool {
        matches!(self.kind, Kind::Gzip(_))
    }

    /// The file offset where the current segment starts (0 for a plain
    /// file) and the bytes consumed in it since.
    pub fn position(&self) -> (u64, u64) {
        match &self.kind {
            Kind::Plain(_) => (0, self.consumed),
            Kind::Gzip(Gz::In(_, start)) => (*start, self.consumed),
            Kind::Gzip(Gz::Between(c)) => (c.pos, 0),
            Kind::Gzip(Gz::Taken) => (0, 0),
        }
    }

    /// The next bytes of the current segment; empty at its end. After an
    /// error the segment is over: call [`Source::next_segment`].
    pub fn fill(&mut self) -> Result<&[u8], SourceError> {
        match &mut self.kind {
            Kind::Plain(c) => {
                let offset = c.pos;
                c.fill_buf().map_err(move |e| SourceError {
                    offset,
                    kind: SourceErrorKind::Io(e),
                })
            }
            Kind::Gzip(gz) => {
                if self.at >= self.buf.len() {
                    refill(gz, &mut self.buf).inspect_err(|_| self.resync = true)?;
                    self.at = 0;
                }
                Ok(self.buf.get(self.at..).unwrap_or_default())
            }
        }
    }

    /// Marks `n` bytes of the last [`Source::fill`] as used.
    pub fn consume(&mut self, n: usize) {
        self.consumed += n as u64;
        match &mut self.kind {
            Kind::Plain(c) => c.consume(n),
            Kind::Gzip(_) => self.at += n,
        }
    }

    /// Moves to the next segment: `Ok(false)` at the end of the input. An
    /// error reports bytes skipped on the way (the source is then placed on
    /// the next gzip header, or at the end); call again to go on.
    pub fn next_segment(&mut self) -> Result<bool, SourceError> {
        self.buf.clear();
        self.at = 0;
        self.consumed = 0;
        let gz = match &mut self.kind {
            Kind::Plain(_) => return Ok(false),
            Kind::Gzip(gz) => gz,
        };
        let mut c = match std::mem::replace(gz, Gz::Taken) {
            Gz::Between(c) => c,
            Gz::In(d, _) => d.into_inner(),
            Gz::Taken => return Ok(false),
        };
        let start = c.pos;
        let found = skip_to_magic(&mut c);
        let skipped = if std::mem::take(&mut self.resync) {
            0
        } else {
            c.pos - start
        };
        match found {
            Ok(true) if skipped == 0 => {
                let at = c.pos;
                *gz = Gz::In(Box::new(GzDecoder::new(c)), at);
                Ok(true)
            }
            Ok(more) => {
                *gz = Gz::Between(c);
                if skipped == 0 && !more {
                    return Ok(false);
                }
                Err(SourceError {
                    offset: start,
                    kind: SourceErrorKind::Garbage(skipped),
                })
            }
            Err(e) => Err(SourceError {
                offset: c.pos,
                kind: SourceErrorKind::Io(e),
            }),
        }
    }
}

/// Decompresses the next bytes of the current member into `buf` (left empty
/// at the member's end). On an error the reader is set back to just after
/// the member's first byte, so that the search for the next member starts
/// there.
fn refill<R: Read + Seek>(gz: &mut Gz<R>, buf: &mut Vec<u8>) -> Result<(), SourceError> {
    buf.clear();
    let Gz::In(d, start) = gz else {
        return Ok(());
    };
    let start = *start;
    buf.resize(1 << 16, 0);
    match d.read(buf) {
        Ok(n) => {
            buf.truncate(n);
            Ok(())
        }
        Err(e) => {
            buf.clear();
            let mut c = match std::mem::replace(gz, Gz::Taken) {
                Gz::In(d, _) => d.into_inner(),
                other => {
                    *gz = other;
                    return Ok(());
                }
            };
            let kind = match c.seek_to(start + 1) {
                Ok(()) => SourceErrorKind::Gzip(e),
                Err(seek) => SourceErrorKind::Io(seek),
            };
            *gz = Gz::Between(c);
            Err(SourceError {
                offset: start,
                kind,
            })
        }
    }
}

/// Consumes bytes up to the next gzip magic; `Ok(false)` when the input
/// ends first.
fn skip_to_magic<R: Read + Seek>(c: &mut Counting<R>) -> io::Result<bool> {
    loop {
        let buf = c.fill_buf()?;
        match buf {
            [] => return Ok(false),
            [0x1f] => {
                // The magic may straddle the buffer's end: read on from here.
                let here = c.pos;
                c.seek_to(here)?;
                let len = c.fill_buf()?.len();
                if len < 2 {
                    c.consume(len);
                    return Ok(false);
                }
            }
            _ => match memchr::memmem::find(buf, &GZIP_MAGIC) {
                Some(i) => {
                    c.consume(i);
                    return Ok(true);
                }
                None => {
                    // Keep a final 0x1f: it may open the magic.
                    let keep = usize::from(buf.last() == Some(&0x1f));
                    let n = buf.len() - keep;
                    c.consume(n);
                }
            },
        }
    }
}
