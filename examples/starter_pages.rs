//! Writes every starter page the widget can make, for the quality gate of the
//! generated pages (`tests/e2e/pages.test.mjs`: html-validate, axe-core in light and
//! dark, no request, size, JSON-LD, one printed A4 page) and the README screenshots:
//!
//!     cargo run --quiet --example starter_pages -- <dir>
//!
//! writes `<dir>/<template>.<lang>.<theme>.html` for each template × language ×
//! theme of the built-in samples, and `<dir>/cv.<lang>.photo.html`: the sample CV
//! with a small photo. Public API only, as a host's build script would use it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vn_domain_assistant::i18n::Lang;
use vn_domain_assistant::starter::{render, sample, Template, Theme};

/// A 160 × 160 JPEG (a drawn head and shoulders, 2.5 KB), as the widget embeds a
/// visitor's photo after cropping and resizing it in the tab.
const PHOTO: &str =
    "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwA\
    ABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAA\
    ADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAA\
    CRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDA\
    AABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHA\
    EJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogA\
    AAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAA\
    AEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAoHBwgHBgoICAgLC\
    goLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQE\
    Bw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCACgAKADA\
    SIAAhEBAxEB/8QAHAABAQACAwEBAAAAAAAAAAAAAAIFBwEEBgMI/8QAOxAAAQQBAQQECwYHAQAAAAAAAAECAxEEB\
    QYhMVESE2F0FiYyQVVxgaGjstIHNkJSkbEVMzRTcsHRIv/EABkBAQADAQEAAAAAAAAAAAAAAAABAgQFA//EABwRA\
    QACAwEBAQAAAAAAAAAAAAABAgMRElEEMf/aAAwDAQACEQMRAD8A9fQoqhRsc9NCiqFATQoqhQE0KKoUBNCiqFATQ\
    oqhQE0KKoUBNCiqFATQoqhQE0KKoUBVCi6FEJRQouhQEUKLoUBFCi6FARQo+GVqWBg/1ebj468pZWtX3qYyXbTZy\
    HytViWvyNc79kI3CYrMs1QowsW2mzk1dHVYkv8AO1zf3QyeLqWBnf0mbj5C8opWuX3KNwTWYfehRdCiUIoUXQoCK\
    FF0KAihRdCgOaFF0KISihRdCgIoUXREsjIIXyyLTI2q5y8kTeoGM13aDA2exOvzH2919XE3ypF7P+mr9a261jVpF\
    SOZ2FBwSOByoqp2u4r7jF67rE+uarNmzucqOcqRsVfIZ5mmPPC15lqpjiP1y5znuVzlVyrvVVXepwAUegctc5jkc\
    1Va5N6Ki0qHAA9Jou3Ws6S9EkmdmwcFjncqqidjuKe82hoW0GBtBidfhyf+m11kTtzo17f+mizI6FrE+h6tDnQOW\
    mqiSMT8bPOhet5j9ed8cT+N7UKET2TQsljW2PajmrzRS6PdlRQouhQEUKLoUBVCiqFELJoUVQoCaMbtGnizqvcpv\
    kUylGN2jTxY1XuU3yKJ/CP1o/R4IsrW8HHnZ04pcmNj22qW1XIipadhtXwE2a9G/Hk+o1ds/wDePTO+RfOhvE5me\
    0xMal1sFYmJ3Dz/AICbNejfjyfUPATZr0b8eT6j0AM/dvWjivjz/gJs16N+PJ9Q8BNmvRvx5PqPQAd29OK+PP8Ag\
    Js16N+PJ9RqrWIIsXW87HgZ0IosmRjG2q01HKiJa9hvU0dtB949T75L86mjBaZmdyz56xERqG6tnE8WdK7nD8iGS\
    ox+zieLGldyh+RDJUdOPxyZ/U0KKoUBNCiqFAVQoqhRCU0KKoUBNGN2kTxY1XuU3yKZSj55ONFmYsuLOzpxTMWOR\
    tqltVKVLTsCYaB2f+8emd8i+dDeJh02J2dws2OfH07oSQubIx3XSLTkW0Xe7mZg5We0TbXjr4K6rv0ABne4AABo7\
    aD7x6n3yX51N4mHXYnZ3NzZJ8jTunJM50j166RLcq2q7nczRgtEW168M9d134yuzaeLGldyh+RDJUTjY0WHixY0D\
    OhFCxscbbVaaiUiWvYh9KOq5EpoUVQoITQoqhQFUKLoUQlFCi6FARQouhQHSzGUrXew6xk5Y+sjVvPgY1yK1ytVK\
    VDm/TTV+vXU+W+6c+OAAZWoAAA7OGze5/sOu1qucjUS1UyUUfVxo3lxNXzU3frxl+q+qc+lCi6FHSctFCi6FARQo\
    uhQFUKKoUQsmhRVCgJoUVQoCaOtk4vWp02eX+526FFb1i8alalppO4YZUVq0qKip5lODuailLGvr/0dM5WSnFpq6\
    2O/dYsHKNVy01FVV8yHB3NOS1kX1f7GOndoqZL8Umz6Y2L1SdN/l/sdiiqFHVpWKRqHJvabzuU0KKoUWVTQoqhQE\
    0KKoUBVCiqFEJTQoqhQE0KKo6epatgaPj9fn5LIGLwvi71JxUDtUDXOsfadK9XRaRipG3gk0+93sbwT22eP1DW9T\
    1R6uzc2Wa/wq6m/om4tobjzcrHnejIZ4pHx302seiq2+F1w4L+h1jS4MuT5u7TbbVj+jisV03QdnCyseB6smnijf\
    JXQa96Irq41fHiho4DH83FotsyfR3Wa6foQUaJ0/W9T0t6Ows2aGvwo62/ou49jo/2nysVsWr4qSN4ddBud7W8F9\
    lGrTK2LQo6um6tgavj9fgZLJ2eforvb604odyiomhRVCgJoUVQoCqFFUKISmhRVHk9udrP4DiJh4bkXPnbuX+038\
    3r5EjjazbfH0LpYeIjZ8+t6L5MX+Xb2Gqs7UMvU8p2Tm5D55XcXOXh2JyTsQ+D3uke573K5zltznLaqvM4LxGkAA\
    JAAAAAAAAHYwNQy9Mym5OFkPglb+Jq8exeadhtXZPbfH13o4eWjcfPRNyJ5Mv8Aj29hqI5Y90b2vY5Wuattc1aVF\
    5kTGx+h6FHldhtrP49iLh5jkTPgbvX+6383r5nrKKJTQoqhRAqhRdCiFnS1TUIdJ0zIz8j+XAxXKnNfMntWkNDal\
    qE+q6jPnZLulLM9XLyTkidiJuNi/atqbosPD0tjq65yyyInJNzfeq/oaxPSsKyAAsgAAAAAAAAAAAAAdnTdQn0rU\
    YM7Gd0ZYXo5O3mi9ipuN86XqEOraZj5+P8Ay52I5EXii+dPWi2nsPz6bO+ynU1lw8zTHuvqXJLGi8l3O96J+pW0J\
    h76hRdCjzWf/9k=";

fn write(dir: &Path, name: &str, html: &str) -> Result<(), String> {
    let path = dir.join(name);
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(dir: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = 0;
    for template in Template::ALL {
        for lang in Lang::ALL {
            for theme in Theme::ALL {
                let mut input = sample(template, lang);
                input.theme = theme;
                let name = format!("{}.{}.{}.html", template.code(), lang.tag(), theme.code());
                write(dir, &name, &render(&input))?;
                written += 1;
            }
        }
    }
    for lang in Lang::ALL {
        let mut input = sample(Template::Cv, lang);
        input.photo = PHOTO.to_string();
        write(
            dir,
            &format!("cv.{}.photo.html", lang.tag()),
            &render(&input),
        )?;
        written += 1;
    }
    Ok(written)
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example starter_pages -- <dir>");
        return ExitCode::from(2);
    };
    match run(&PathBuf::from(dir)) {
        Ok(n) => {
            eprintln!("starter_pages: {n} pages written");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("starter_pages: {e}");
            ExitCode::FAILURE
        }
    }
}
