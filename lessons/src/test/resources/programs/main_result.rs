// exit: 1
#[derive(Debug)]
struct ConfigError {
    key: String,
}

fn read_config(key: &str) -> Result<u32, ConfigError> {
    if key == "port" {
        Ok(8080)
    } else {
        Err(ConfigError { key: key.to_string() })
    }
}

#[tokio::main]
async fn main() -> Result<(), ConfigError> {
    let port = read_config("port")?;
    println!("port {}", port);
    let host = read_config("host")?;
    println!("host {}", host);
    Ok(())
}
