self.x:=1
