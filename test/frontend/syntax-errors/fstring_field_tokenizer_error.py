print(f'{1r+2===}')
